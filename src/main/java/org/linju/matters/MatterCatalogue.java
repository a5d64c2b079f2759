package org.linju.matters;

import java.util.List;
import org.springframework.stereotype.Service;

/** The category catalogue for forms and API clients. */
@Service
public class MatterCatalogue {

	private final MatterStore store;

	MatterCatalogue(MatterStore store) {
		this.store = store;
	}

	public List<Category> categories() {
		return store.categories();
	}
}

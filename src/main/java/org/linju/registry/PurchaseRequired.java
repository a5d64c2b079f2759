package org.linju.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A task outside the list was pushed without a complete purchase-of-service record; nothing was stored. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class PurchaseRequired extends RuntimeException {

    public PurchaseRequired() {
        super("registry.refused.purchaseRequired");
    }
}

package org.linju.identity;

import java.util.List;

/**
 * What a module adds to the navigation: its own pages, each with the roles that may open it. Every module with staff
 * pages implements this as a Spring bean, so the menu lists a page exactly where its owner says who may use it.
 */
public interface NavContribution {

    List<NavItem> items();
}

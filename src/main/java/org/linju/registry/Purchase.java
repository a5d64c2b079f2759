package org.linju.registry;

/**
 * A purchase of services (购买服务) that funds a task outside the list: "powers and money go with the task".
 *
 * @param amountFen the amount in fen (分), exact
 */
public record Purchase(String provider, long amountFen, String fundingSource) {}

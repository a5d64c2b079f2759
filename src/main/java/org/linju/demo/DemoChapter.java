package org.linju.demo;

import java.util.Random;

/**
 * One module's part of the demo district (its catalogue, its registers), loaded through that module's services after
 * the grids, accounts, forces and residents exist, in the transaction that loads the district, in {@code @Order}.
 */
interface DemoChapter {

    void load(Random random);
}

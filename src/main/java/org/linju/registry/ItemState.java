package org.linju.registry;

/** Where an item of the grid work list stands: admitted (准入), banned (禁入) or retired from the list (退出). */
public enum ItemState {
    ADMITTED,
    BANNED,
    EXITED
}

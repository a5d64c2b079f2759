package org.linju.evaluation;

/** The four grades of the forced distribution, best first, with their shares of the 1:3:5:1 ratio (in tenths). */
public enum Grade {
    GOOD(1),
    FAIR(3),
    AVERAGE(5),
    POOR(1);

    private final int tenths;

    Grade(int tenths) {
        this.tenths = tenths;
    }

    int tenths() {
        return tenths;
    }
}

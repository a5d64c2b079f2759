package org.linju.emergency;

/** Response level, I (most severe) to IV, as in China's emergency plans. */
public enum EmergencyLevel {
    I,
    II,
    III,
    IV
}

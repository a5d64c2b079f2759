package org.linju.residents;

/** 户籍人口, 流动人口, 境外人员. */
public enum ResidenceType {
    REGISTERED,
    FLOATING,
    OVERSEAS
}

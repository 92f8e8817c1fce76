package dev.xxgk.model;

import java.util.Objects;

/** The unit a money amount is printed in. */
public enum MoneyUnit {

    /** 元, yuan. */
    YUAN("元"),

    /** 万元, ten thousand yuan. */
    WAN_YUAN("万元");

    private final String symbol;

    MoneyUnit(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The unit as printed.
     *
     * @return {@code 元} or {@code 万元}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Reads a unit as printed.
     *
     * @param symbol {@code 元} or {@code 万元}
     * @return the unit
     * @throws IllegalArgumentException for any other text
     */
    public static MoneyUnit parse(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        for (MoneyUnit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("a money unit must be 元 or 万元, was \"" + symbol + "\"");
    }

    @Override
    public String toString() {
        return symbol;
    }
}

package dev.xxgk.architecture;

import dev.xxgk.architecture.internal.Hidden;

/** A type that breaks the rule, to show the rule can fail. */
public final class Leaky {

    private Leaky() {
    }

    /**
     * Exposes the hidden type.
     *
     * @return nothing
     */
    public static Hidden leak() {
        return null;
    }
}

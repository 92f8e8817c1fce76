package dev.xxgk.architecture.internal;

/** Stands for a type of an internal package. */
public final class Hidden {

    private Hidden() {
    }
}

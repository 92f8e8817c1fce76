package it;

/** A type with a doc comment, and a method without one. */
public final class Undocumented {

    private Undocumented() {
    }

    public static int answer() {
        return 42;
    }
}

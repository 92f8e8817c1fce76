/**
 * Generators of reports for property-based tests, neutral to the test framework: every method
 * takes a {@link java.util.random.RandomGenerator}, so a seeded generator replays any case, and
 * any property-testing library can wrap them (QuickTheories, jqwik, junit-quickcheck, or a plain
 * loop).
 *
 * <p>No method accepts or returns {@code null}. The generators are stateless and thread-safe; the
 * random generator passed in is used by one call at a time.
 */
package dev.xxgk.testkit;

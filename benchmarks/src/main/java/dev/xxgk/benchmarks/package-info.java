/**
 * JMH benchmarks of xxgk, each measured against its alternative in the same run: one package per
 * question (rules, JSON, Bean Validation, wide CSV, published text, the command-line tool), and
 * {@code support} for what they share. Results and the command that reproduces them are in
 * {@code docs/benchmarks.md}.
 *
 * <p>Nothing here is API; the module is built with the project and never published.
 */
package dev.xxgk.benchmarks;

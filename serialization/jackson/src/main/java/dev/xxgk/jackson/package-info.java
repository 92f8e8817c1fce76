/**
 * The Jackson 3 module of xxgk: {@link dev.xxgk.jackson.XxgkModule}.
 *
 * <p>No method accepts or returns {@code null}.
 */
package dev.xxgk.jackson;

/**
 * The Jackson 2 module of xxgk: {@link dev.xxgk.jackson2.XxgkJackson2Module}.
 *
 * <p>No method accepts or returns {@code null}.
 */
package dev.xxgk.jackson2;

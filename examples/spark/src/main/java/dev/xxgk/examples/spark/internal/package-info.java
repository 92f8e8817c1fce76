/**
 * The job's implementation: reading a partition of files, building the rows, the cross-year
 * pairs. Not an API.
 */
package dev.xxgk.examples.spark.internal;

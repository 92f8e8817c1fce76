/**
 * The service provider interface of report formats: implement
 * {@link dev.xxgk.serialization.spi.ReportFormat} and declare it as a service to add a format
 * without touching the SDK.
 */
package dev.xxgk.serialization.spi;

/**
 * xxgk: the annual report on government information disclosure (政府信息公开工作年度报告).
 *
 * <p>This package holds only {@link dev.xxgk.XxgkException}, the root of the SDK's exceptions.
 * The model is in {@link dev.xxgk.model}, the catalogue of the template in
 * {@link dev.xxgk.template}.
 */
package dev.xxgk;

/**
 * Jakarta Bean Validation constraints on the model. The annotations live here so that the model
 * can carry them; their validators are in the validation module.
 */
package dev.xxgk.constraint;

/**
 * xxgk core: the immutable model of the annual report on government information disclosure and
 * the catalogue of its template, in both official editions.
 */
module dev.xxgk.core {
    requires static jakarta.validation;

    exports dev.xxgk;
    exports dev.xxgk.constraint;
    exports dev.xxgk.model;
    exports dev.xxgk.template;
}

package dev.xxgk.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * A {@link ConstraintValidatorContext} of no particular provider (not Hibernate Validator's), which
 * records the templates of the violations built and the property nodes of the last one.
 */
final class PlainContext {

    private PlainContext() {
    }

    static ConstraintValidatorContext recording(List<String> templates, List<String> nodes) {
        Object[] context = new Object[1];
        NodeBuilderCustomizableContext node = proxy(NodeBuilderCustomizableContext.class, (method, args) -> switch (
                method) {
            case "addPropertyNode" -> {
                nodes.add((String) args[0]);
                yield null; // replaced below by the proxy itself
            }
            case "addConstraintViolation" -> context[0];
            default -> throw new UnsupportedOperationException(method);
        });
        ConstraintViolationBuilder builder = proxy(ConstraintViolationBuilder.class, (method, args) -> switch (method) {
            case "addPropertyNode" -> {
                nodes.clear();
                nodes.add((String) args[0]);
                yield node;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        context[0] = proxy(ConstraintValidatorContext.class, (method, args) -> switch (method) {
            case "disableDefaultConstraintViolation" -> null;
            case "buildConstraintViolationWithTemplate" -> {
                templates.add((String) args[0]);
                yield builder;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        return (ConstraintValidatorContext) context[0];
    }

    interface Handler {
        Object handle(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        Object[] self = new Object[1];
        self[0] = Proxy.newProxyInstance(PlainContext.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    Object result = handler.handle(method.getName(), args);
                    return result == null && method.getReturnType() == type ? self[0] : result;
                });
        return type.cast(self[0]);
    }
}

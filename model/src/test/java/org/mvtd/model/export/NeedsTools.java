package org.mvtd.model.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik property container, printing why, when it needs root or a tool that is missing.
 * A failed assumption inside a jqwik lifecycle method counts as an error, not a skip; this hook is the
 * way jqwik itself offers to skip.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@AddLifecycleHook(NeedsTools.Hook.class)
@interface NeedsTools {
    /** Programs that must be on the PATH. */
    String[] value();

    /** Whether the properties need root (network namespaces). */
    boolean root() default false;

    /** Decides once per container and method; prints the reason so a skip is never silent. */
    final class Hook implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            Optional<NeedsTools> needs = context.findAnnotation(NeedsTools.class)
                    .or(() -> context.optionalContainerClass().map(c -> c.getAnnotation(NeedsTools.class)));
            if (needs.isEmpty()) {
                return SkipResult.doNotSkip();
            }
            Optional<String> why = Tools.missing(needs.get().root(), needs.get().value());
            if (why.isEmpty()) {
                return SkipResult.doNotSkip();
            }
            String reason = context.label() + ": " + why.get();
            System.err.println("SKIPPED " + reason);
            return SkipResult.skip(reason);
        }
    }
}

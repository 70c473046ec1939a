package io.github.juesuan.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style: generated classes are package-private and never appear in
 * public signatures; accessors are {@code getX}/{@code isX}; builders are reached through
 * {@code builder()} on the abstract type. Not API: only the annotation processor reads it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        get = {"get*", "is*"},
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        defaults = @Value.Immutable(copy = false),
        jdkOnly = true,
        optionalAcceptNullable = false)
public @interface JuesuanStyle {
}

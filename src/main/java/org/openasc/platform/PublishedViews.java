package org.openasc.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL a module lets other modules read, on its {@code package-info.java} beside {@code @ApplicationModule}: read-only
 * views in the module's own schema, named without the schema. A reader must declare the module in its allowed
 * dependencies; DeclaredViewsTest holds every SQL string and migration to both (ADR 22).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface PublishedViews {

    /** The views, e.g. {@code concern_facts} for {@code safeguarding.concern_facts}. */
    String[] value() default {};

    /** Tables every module may read: only the open shared kernel, platform, has them (its code lists, staff and teams). */
    String[] sharedTables() default {};
}

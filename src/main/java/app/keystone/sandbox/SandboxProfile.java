package app.keystone.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Profile;

/** Marks a bean that exists only when the simulated Jira site runs (profile {@code sandbox}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Profile("sandbox")
public @interface SandboxProfile {
}

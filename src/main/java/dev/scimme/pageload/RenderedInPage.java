package dev.scimme.pageload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route whose view is complete as plain HTML (its text and state in elements, attributes and
 * a web component's plain string properties; not a field's value): on a full page load of a signed-in user, the
 * page itself carries a copy of the view, shown until Vaadin's client has started and drawn the live
 * view ({@link InPageRendering}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RenderedInPage {}

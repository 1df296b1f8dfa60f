package dev.scimme.profile.ui;

import com.vaadin.flow.component.Focusable;

/** A field the user has to fix before saving, and what to fix: the form focuses the first one. */
record FieldProblem(Focusable<?> field, String message) {}

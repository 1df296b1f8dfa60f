@NullMarked
package dev.scimme.security.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package dev.scimme.base.ui;

import org.jspecify.annotations.NullMarked;

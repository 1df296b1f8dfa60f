@NullMarked
package dev.scimme.profile.ui;

import org.jspecify.annotations.NullMarked;

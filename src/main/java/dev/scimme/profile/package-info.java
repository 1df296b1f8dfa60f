@NullMarked
package dev.scimme.profile;

import org.jspecify.annotations.NullMarked;

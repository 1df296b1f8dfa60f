@NullMarked
package dev.scimme.profile.edit;

import org.jspecify.annotations.NullMarked;

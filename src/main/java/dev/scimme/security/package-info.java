@NullMarked
package dev.scimme.security;

import org.jspecify.annotations.NullMarked;

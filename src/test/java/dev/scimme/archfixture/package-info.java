/**
 * Code that breaks each architecture rule on purpose, so that {@code ArchitectureTest} can show each
 * rule fails when broken. Test sources only; never imported with the product.
 */
package dev.scimme.archfixture;

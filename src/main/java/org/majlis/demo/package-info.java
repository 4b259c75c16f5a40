/**
 * Demo data for the embedded default: the 15th (Geneva 2022) and 16th (Astana 2024) editions with their rooms,
 * UN entities and OIC institutions, the 57 OIC member states and demo people for every role. Seeded once, only
 * into an empty database, through the same services (and validation) the secretariat uses.
 */
@NullMarked
package org.majlis.demo;

import org.jspecify.annotations.NullMarked;

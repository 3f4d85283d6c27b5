/**
 * My work: each module says what the signed-in member of staff has to do in it, by their role and teams,
 * and the home page and {@code GET /api/v1/my-work} gather it, so the platform knows nothing of the modules.
 */
package org.openasc.platform.work;

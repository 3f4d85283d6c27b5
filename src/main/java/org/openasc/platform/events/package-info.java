/** How events between modules are kept and delivered again (ADR 20); the events themselves belong to the modules that publish them. */
package org.openasc.platform.events;

/** Identifiers every module checks the same way: the NHS number and its check digit. */
package org.openasc.platform.identity;

/** Charts drawn on the server as accessible SVG (title, description, shapes as well as colours), for pages and printed papers. */
package org.openasc.platform.charts;

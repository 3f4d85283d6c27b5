/**
 * Records linked across modules: the contract by which one module asks another about a record it
 * links to, without reading its tables.
 */
package org.openasc.platform.records;

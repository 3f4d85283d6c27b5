package org.openasc.support.web;

/** A choice on a form: the value sent and the words shown. */
record Option(String value, String label) {
}

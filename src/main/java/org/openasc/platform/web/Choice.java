package org.openasc.platform.web;

/** A choice on a form: the value sent and the words shown. */
public record Choice(String value, String label) {
}

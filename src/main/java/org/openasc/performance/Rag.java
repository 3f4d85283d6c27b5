package org.openasc.performance;

/** A measure's rating against its target: green on or near it, amber short of it, red well short. */
public enum Rag { GREEN, AMBER, RED }

package io.tradelane.x12.definition;

/**
 * One position of a segment (or component of a composite): either a simple element or a composite,
 * whether it is mandatory, and how often it may repeat (1 unless the standard allows repeats).
 */
public record ElementUse(
    ElementType simple, CompositeType composite, boolean required, int maxRepeat) {

  /** The X12 reference number of a simple element, the composite's name otherwise. */
  public String reference() {
    return simple != null ? simple.number() : composite.name();
  }

  public boolean isComposite() {
    return composite != null;
  }
}

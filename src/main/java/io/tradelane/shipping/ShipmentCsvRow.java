package io.tradelane.shipping;

/**
 * One row of a warehouse shipment CSV as the Smooks mapping in {@code
 * config/smooks/shipment-csv.xml} binds it: every field as text, checked by {@link ShipmentCsv}.
 * The mapping names which CSV column fills which field, so a warehouse system's own layout is
 * adapted there, without Java.
 */
public final class ShipmentCsvRow {

  private String shipmentId;
  private String shipDate;
  private String carrier;
  private String service;
  private String billOfLading;
  private String proNumber;
  private String weight;
  private String weightUnit;
  private String partner;
  private String poNumber;
  private String pallet;
  private String carton;
  private String line;
  private String quantity;
  private String cartonWeight;
  private String tracking;

  public String getShipmentId() {
    return shipmentId;
  }

  public void setShipmentId(String shipmentId) {
    this.shipmentId = shipmentId;
  }

  public String getShipDate() {
    return shipDate;
  }

  public void setShipDate(String shipDate) {
    this.shipDate = shipDate;
  }

  public String getCarrier() {
    return carrier;
  }

  public void setCarrier(String carrier) {
    this.carrier = carrier;
  }

  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = service;
  }

  public String getBillOfLading() {
    return billOfLading;
  }

  public void setBillOfLading(String billOfLading) {
    this.billOfLading = billOfLading;
  }

  public String getProNumber() {
    return proNumber;
  }

  public void setProNumber(String proNumber) {
    this.proNumber = proNumber;
  }

  public String getWeight() {
    return weight;
  }

  public void setWeight(String weight) {
    this.weight = weight;
  }

  public String getWeightUnit() {
    return weightUnit;
  }

  public void setWeightUnit(String weightUnit) {
    this.weightUnit = weightUnit;
  }

  public String getPartner() {
    return partner;
  }

  public void setPartner(String partner) {
    this.partner = partner;
  }

  public String getPoNumber() {
    return poNumber;
  }

  public void setPoNumber(String poNumber) {
    this.poNumber = poNumber;
  }

  public String getPallet() {
    return pallet;
  }

  public void setPallet(String pallet) {
    this.pallet = pallet;
  }

  public String getCarton() {
    return carton;
  }

  public void setCarton(String carton) {
    this.carton = carton;
  }

  public String getLine() {
    return line;
  }

  public void setLine(String line) {
    this.line = line;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }

  public String getCartonWeight() {
    return cartonWeight;
  }

  public void setCartonWeight(String cartonWeight) {
    this.cartonWeight = cartonWeight;
  }

  public String getTracking() {
    return tracking;
  }

  public void setTracking(String tracking) {
    this.tracking = tracking;
  }
}

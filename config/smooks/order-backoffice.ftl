<#ftl output_format="XML" ns_prefixes={"D": "urn:tradelane:order:1"} strip_whitespace=true>
<#--
  Back-office sales-order import (SalesOrderImport, version 1) from canonical order XML.

  Input: the <order> element of urn:tradelane:order:1 (docs/canonical-order.md), reachable as
  `order`; child names need no prefix because "D" binds that namespace as the default.
  Output: one SalesOrderImport document per order. Values are escaped by the XML output format.
  A required value that is missing, or an ack code not listed below, fails the transformation
  instead of producing an import the ERP would misread.
-->
<#assign headerStatus = {"AD": "ACCEPTED", "AC": "ACCEPTED_WITH_CHANGES", "RJ": "REJECTED"}>
<#-- ACK01 to the ERP line status -->
<#assign lineStatus = {
  "IA": "ACCEPTED",
  "IP": "PRICE_CHANGED",
  "IQ": "QUANTITY_CHANGED",
  "IB": "BACKORDERED",
  "IR": "REJECTED"}>
<?xml version="1.0" encoding="UTF-8"?>
<SalesOrderImport version="1">
  <Header>
    <Customer>${order.@partner}</Customer>
    <CustomerPO>${order.@po}</CustomerPO>
    <OrderDate>${order.poDate}</OrderDate>
    <#if order.requestedShipDate?has_content>
    <RequestedShipDate>${order.requestedShipDate}</RequestedShipDate>
    </#if>
    <#if order.orderType?has_content>
    <OrderType>${order.orderType}</OrderType>
    </#if>
    <#if order.currency?has_content>
    <Currency>${order.currency}</Currency>
    </#if>
    <Status>${headerStatus[order.ackType]}</Status>
    <HubOrderId>${order.@id}</HubOrderId>
    <#list order.shipTo as shipTo>
    <ShipTo>
      <#if shipTo.name?has_content>
      <Name>${shipTo.name}</Name>
      </#if>
      <#if shipTo.id?has_content>
      <LocationId qualifier="${shipTo.idQualifier!}">${shipTo.id}</LocationId>
      </#if>
      <#if shipTo.address?has_content>
      <Street>${shipTo.address}</Street>
      </#if>
      <#if shipTo.city?has_content>
      <City>${shipTo.city}</City>
      </#if>
      <#if shipTo.state?has_content>
      <Region>${shipTo.state}</Region>
      </#if>
      <#if shipTo.postalCode?has_content>
      <PostalCode>${shipTo.postalCode}</PostalCode>
      </#if>
      <#if shipTo.country?has_content>
      <Country>${shipTo.country}</Country>
      </#if>
    </ShipTo>
    </#list>
  </Header>
  <Lines>
    <#list order.lines.line as line>
    <Line number="${line.@no}">
      <#if line.sku?has_content>
      <Item>${line.sku}</Item>
      </#if>
      <#if line.buyerItem?has_content>
      <CustomerItem>${line.buyerItem}</CustomerItem>
      </#if>
      <#if line.upc?has_content>
      <UPC>${line.upc}</UPC>
      </#if>
      <#if line.buyerLineId?has_content>
      <CustomerLineRef>${line.buyerLineId}</CustomerLineRef>
      </#if>
      <OrderedQty>${line.quantity}</OrderedQty>
      <ConfirmedQty>${line.allocated}</ConfirmedQty>
      <BackorderedQty>${line.backordered}</BackorderedQty>
      <Unit>${line.unit}</Unit>
      <#-- the price we acknowledged: ours when we changed it (IP), else the buyer's, else ours -->
      <#if line.ackCode == "IP" && line.ourPrice?has_content>
      <UnitPrice>${line.ourPrice}</UnitPrice>
      <#elseif line.unitPrice?has_content>
      <UnitPrice>${line.unitPrice}</UnitPrice>
      <#elseif line.ourPrice?has_content>
      <UnitPrice>${line.ourPrice}</UnitPrice>
      </#if>
      <Status>${lineStatus[line.ackCode]}</Status>
    </Line>
    </#list>
  </Lines>
</SalesOrderImport>

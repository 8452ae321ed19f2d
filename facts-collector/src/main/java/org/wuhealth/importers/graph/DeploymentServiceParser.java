package org.wuhealth.importers.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wuhealth.facts.Deployment;
import org.wuhealth.facts.DeploymentCategory;
import org.wuhealth.facts.DeploymentState;
import org.wuhealth.facts.Enrollment;
import org.wuhealth.facts.Kb;
import org.wuhealth.importers.text.JsonExport;
import org.wuhealth.parsing.ImportException;
import org.wuhealth.snapshot.Excerpt;

/**
 * Reads what the Windows Update for Business deployment service (Windows Autopatch) says about
 * devices and deployments, as Microsoft Graph returns it and {@code Invoke-MgGraphRequest
 * -OutputType Json} or Graph Explorer saves it: an updatable asset ({@code GET
 * /admin/windows/updates/updatableAssets/{id}}, an azureADDevice with its enrollments and errors),
 * deployments ({@code GET /admin/windows/updates/deployments}, with their state, content and
 * settings), a single object or a collection ({@code "value": [...]}), also wrapped in a {@code
 * "value"} object as the API reference shows single results. Items are told apart by their
 * {@code @odata.type} or, where a list leaves it out, by their members.
 */
public final class DeploymentServiceParser {

  private DeploymentServiceParser() {}

  /** An azureADDevice: its Entra device id, enrollment and registration errors. */
  public record Asset(String id, Enrollment enrollment) {}

  /**
   * A deployment and the devices of its audience, when the export expanded them.
   *
   * @param audience the Entra device ids of its audience members; null when not exported
   */
  public record GraphDeployment(Deployment deployment, List<String> audience) {
    public GraphDeployment {
      audience = audience == null ? null : List.copyOf(audience);
    }
  }

  /** What one file holds. */
  public record Export(List<Asset> assets, List<GraphDeployment> deployments) {
    public Export {
      assets = List.copyOf(assets);
      deployments = List.copyOf(deployments);
    }
  }

  public static Export parse(String file, String text) throws ImportException {
    JsonNode root = JsonExport.tree(file, text.strip());
    if (root != null && root.has("error")) {
      throw new ImportException(
          file,
          null,
          "a Microsoft Graph error response ("
              + Excerpt.quote(root.path("error").path("code").asText("no code"))
              + ": "
              + Excerpt.quote(root.path("error").path("message").asText(""))
              + "), not data");
    }
    List<Asset> assets = new ArrayList<>();
    List<GraphDeployment> deployments = new ArrayList<>();
    for (JsonNode item : items(root)) {
      String type = type(item);
      if (type.endsWith("azureaddevice") || (type.isEmpty() && item.has("enrollments"))) {
        assets.add(asset(item));
      } else if (type.endsWith(".deployment")
          || (type.isEmpty() && item.has("state") && item.has("content"))) {
        deployments.add(deployment(item));
      }
    }
    if (assets.isEmpty() && deployments.isEmpty()) {
      throw new ImportException(
          file, null, "holds no updatable asset (azureADDevice) and no deployment");
    }
    return new Export(assets, deployments);
  }

  /** The objects of a response: "value" as a list or an object, a bare list, or the object. */
  private static List<JsonNode> items(JsonNode root) {
    JsonNode value = root == null ? null : root.get("value");
    JsonNode container = value != null && !value.isValueNode() ? value : root;
    List<JsonNode> items = new ArrayList<>();
    if (container == null) {
      return items;
    }
    if (container.isArray()) {
      container.forEach(items::add);
    } else if (container.isObject()) {
      items.add(container);
    }
    return items;
  }

  /** "microsoft.graph.windowsupdates.deployment" in lower case, without the leading "#". */
  private static String type(JsonNode item) {
    String type = item.path("@odata.type").asText("").toLowerCase(Locale.ROOT);
    return type.startsWith("#") ? type.substring(1) : type;
  }

  /**
   * "azureADDeviceRegistrationError" of
   * "#microsoft.graph.windowsUpdates.azureADDeviceRegistrationError".
   */
  private static String simpleType(JsonNode item) {
    String type = item.path("@odata.type").asText("");
    return type.substring(type.lastIndexOf('.') + 1);
  }

  private static Asset asset(JsonNode item) {
    Boolean feature = null;
    Boolean quality = null;
    JsonNode enrollments = item.get("enrollments");
    if (enrollments != null && enrollments.isArray()) {
      feature = false;
      quality = false;
      for (JsonNode e : enrollments) {
        String category = e.path("updateCategory").asText("").toLowerCase(Locale.ROOT);
        switch (category) {
          case "feature" -> feature = true;
          case "quality" -> quality = true;
          case "" -> {
            // an enrollment whose category the export left out says nothing about either
            feature = Boolean.TRUE.equals(feature) ? true : null;
            quality = Boolean.TRUE.equals(quality) ? true : null;
          }
          default -> {}
        }
      }
    }
    List<String> errors = null;
    JsonNode list = item.get("errors");
    if (list != null && list.isArray()) {
      errors = new ArrayList<>();
      for (JsonNode e : list) {
        String errorType = simpleType(e);
        String reason = e.path("reason").asText("");
        errors.add(
            (errorType.isEmpty() ? "registration error" : errorType)
                + (reason.isEmpty() ? " (no reason given)" : ": " + reason));
      }
    }
    return new Asset(item.path("id").asText(null), new Enrollment(feature, quality, null, errors));
  }

  private static GraphDeployment deployment(JsonNode item) {
    JsonNode entry = item.path("content").path("catalogEntry");
    DeploymentCategory category =
        switch (simpleType(entry).toLowerCase(Locale.ROOT)) {
          case "featureupdatecatalogentry" -> DeploymentCategory.FEATURE;
          case "qualityupdatecatalogentry" -> DeploymentCategory.QUALITY;
          case "driverupdatecatalogentry" -> DeploymentCategory.DRIVER;
          default -> null;
        };
    // effectiveValue: scheduled, offering, paused, or unknownFutureValue (read as unknown)
    String state = item.path("state").path("effectiveValue").asText("");
    JsonNode expedite = item.path("settings").path("expedite").path("isExpedited");
    Deployment deployment =
        new Deployment(
            update(entry, item),
            category,
            switch (state.toLowerCase(Locale.ROOT)) {
              case "offering" -> DeploymentState.OFFERING;
              case "paused" -> DeploymentState.PAUSED;
              case "scheduled" -> DeploymentState.SCHEDULED;
              default -> null;
            },
            expedite.isBoolean() ? expedite.asBoolean() : false);
    List<String> audience = null;
    JsonNode members = item.path("audience").get("members");
    if (members != null && members.isArray()) {
      audience = new ArrayList<>();
      for (JsonNode m : members) {
        audience.add(m.path("id").asText(""));
      }
    }
    return new GraphDeployment(deployment, audience);
  }

  /**
   * What the deployment delivers: the KB its catalog entry's product revisions name, else the
   * entry's display name or version, else the catalog entry or deployment id.
   */
  private static String update(JsonNode entry, JsonNode deployment) {
    for (JsonNode revision : entry.path("productRevisions")) {
      Optional<String> kb =
          Kb.normalize(revision.path("knowledgeBaseArticle").path("id").asText(""));
      if (kb.isPresent()) {
        return kb.get();
      }
    }
    for (String member : List.of("displayName", "version", "id", "@odata.id")) {
      String v = entry.path(member).asText("");
      if (!v.isBlank()) {
        return v;
      }
    }
    return "deployment " + deployment.path("id").asText("?");
  }
}

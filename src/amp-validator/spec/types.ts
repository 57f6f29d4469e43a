// The shape of the generated rule tables: the messages of the official
// validator.proto (vendor/amphtml/validator/validator.proto), field names kept,
// documentation fields dropped. Absent fields take the proto defaults noted here.

/** Features a document opts into on its `html` tag, and that enable or disable specs. */
interface Gated {
  enabled_by?: string[];
  disabled_by?: string[];
}

export interface UrlSpec {
  protocol?: string[];
  /** Default true. */
  allow_relative?: boolean;
  allow_empty?: boolean;
}

export interface PropertySpec {
  name: string;
  mandatory?: boolean;
  value?: string;
  value_double?: number;
}

export interface AttrSpec extends Gated {
  name: string;
  alternative_names?: string[];
  mandatory?: boolean;
  mandatory_oneof?: string;
  mandatory_anyof?: string;
  value?: string[];
  value_casei?: string[];
  value_regex?: string;
  value_regex_casei?: string;
  value_url?: UrlSpec;
  value_properties?: { properties?: PropertySpec[] };
  value_doc_css?: boolean;
  value_doc_svg_css?: boolean;
  add_value_to_set?: string;
  value_oneof_set?: string;
  trigger?: { if_value_regex?: string; also_requires_attr?: string[] };
  disallowed_value_regex?: string;
  deprecation?: string;
  css_declaration?: { name: string; value_casei?: string[]; value_regex_casei?: string }[];
  dispatch_key?: 'NONE_DISPATCH' | 'NAME_DISPATCH' | 'NAME_VALUE_DISPATCH' | 'NAME_VALUE_PARENT_DISPATCH';
  implicit?: boolean;
  requires_extension?: string[];
  requires_ancestor?: { marker?: string[] };
}

export interface CssSpec {
  at_rule_spec?: { name: string; media_query_spec?: { issues_as_error?: boolean; type?: string[]; feature?: string[] } }[];
  validate_keyframes?: boolean;
  declaration?: string[];
  allow_important?: boolean;
  selector_spec?: { attribute_name?: string[]; pseudo_class?: string[]; pseudo_element?: string[] };
}

export interface CdataSpec {
  /** Default -2: no limit. */
  max_bytes?: number;
  mandatory_cdata?: string;
  cdata_regex?: string;
  css_spec?: CssSpec;
  whitespace_only?: boolean;
  disallowed_cdata_regex?: { regex: string; error_message: string }[];
  doc_css_bytes?: boolean;
}

export type Layout = 'UNKNOWN' | 'NODISPLAY' | 'FIXED' | 'FIXED_HEIGHT' | 'RESPONSIVE' | 'CONTAINER' | 'FILL' | 'FLEX_ITEM' | 'FLUID' | 'INTRINSIC';

export interface TagSpec extends Gated {
  tag_name: string;
  spec_name?: string;
  descriptive_name?: string;
  extension_spec?: {
    name: string;
    /** Names a variant of the extension (`v1.0`) in its spec name. */
    version_name?: string;
    version?: string[];
    deprecated_version?: string[];
    /** Default CUSTOM_ELEMENT. */
    extension_type?: 'CUSTOM_ELEMENT' | 'CUSTOM_TEMPLATE' | 'HOST_SERVICE';
    /** Default ERROR. */
    requires_usage?: 'ERROR' | 'EXEMPTED' | 'NONE';
    /** Loaded more than once is a warning, not an error. */
    deprecated_allow_duplicates?: boolean;
  };
  requires_extension?: string[];
  mandatory?: boolean;
  mandatory_alternatives?: string;
  unique?: boolean;
  unique_warning?: boolean;
  mandatory_parent?: string;
  mandatory_ancestor?: string;
  mandatory_ancestor_suggested_alternative?: string;
  disallowed_ancestor?: string[];
  descendant_tag_list?: string;
  also_requires_tag_warning?: string[];
  satisfies_condition?: string[];
  requires_condition?: string[];
  excludes_condition?: string[];
  deprecation?: string;
  explicit_attrs_only?: boolean;
  attrs?: AttrSpec[];
  attr_lists?: string[];
  cdata?: CdataSpec;
  child_tags?: { mandatory_num_child_tags?: number; first_child_tag_name_oneof?: string[]; child_tag_name_oneof?: string[]; mandatory_min_num_child_tags?: number };
  siblings_disallowed?: boolean;
  mandatory_last_child?: boolean;
  reference_points?: { tag_spec_name: string; mandatory?: boolean; unique?: boolean }[];
  amp_layout?: { supported_layouts?: Layout[]; defines_default_width?: boolean; defines_default_height?: boolean };
  mark_descendants?: { marker?: string[] };
}

export interface DocCssSpec extends Gated {
  max_bytes?: number;
  max_bytes_is_warning?: boolean;
  max_bytes_per_inline_style?: number;
  url_bytes_included?: boolean;
  allow_all_declaration_in_style?: boolean;
  declaration?: { name: string; value_casei?: string[]; value_regex_casei?: string }[];
  image_url_spec?: UrlSpec;
  font_url_spec?: UrlSpec;
  allow_important?: boolean;
  expand_vendor_prefixes?: boolean;
}

export interface ValidatorRules {
  tags: TagSpec[];
  attrLists: { name: string; attrs?: AttrSpec[] }[];
  css: DocCssSpec[];
  doc: (Gated & { max_bytes?: number })[];
  descendantTagLists: { name: string; tag?: string[] }[];
  declarationLists: { name: string; declaration?: { name: string }[] }[];
  errorFormats: Record<string, string>;
  errorSpecificity: Record<string, number>;
}

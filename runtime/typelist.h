/* typelist.h — every statically allocated built-in type, readied at
 * start-up by pym_types_init in this order (bases before subtypes).
 * Exception types are readied separately (errors.h's list). */
#ifndef PYM_TYPELIST_H
#define PYM_TYPELIST_H

#define PYM_STATIC_TYPE_LIST(X)                                                   \
    X(pym_object_type) X(pym_type_type) X(pym_none_type) X(pym_notimplemented_type) \
    X(pym_ellipsis_type) X(pym_int_type) X(pym_bool_type) X(pym_float_type) X(pym_complex_type) \
    X(pym_str_type) X(pym_str_iter_type) X(pym_str_ascii_iter_type) X(pym_bytes_type) \
    X(pym_bytes_iter_type) X(pym_bytearray_type) X(pym_bytearray_iter_type) X(pym_list_type)      \
    X(pym_tuple_type) X(pym_dict_type) X(pym_dict_keys_type)                     \
    X(pym_dict_values_type) X(pym_dict_items_type) X(pym_set_type)                \
    X(pym_frozenset_type) X(pym_range_type) X(pym_range_iter_type)                \
    X(pym_slice_type) X(pym_seq_iter_type) X(pym_callable_iter_type)              \
    X(pym_enumerate_type) X(pym_zip_type) X(pym_map_type) X(pym_filter_type)      \
    X(pym_reversed_type) X(pym_code_type) X(pym_function_type) X(pym_cell_type)   \
    X(pym_method_type) X(pym_cfunction_type) X(pym_frame_type) X(pym_gen_type)    \
    X(pym_module_type) X(pym_traceback_type) X(pym_super_type)                    \
    X(pym_property_type) X(pym_classmethod_type) X(pym_staticmethod_type)         \
    X(pym_method_descr_type) X(pym_classmethod_descr_type)                        \
    X(pym_member_descr_type) X(pym_getset_descr_type) X(pym_wrapper_descr_type)   \
    X(pym_method_wrapper_type) X(pym_mappingproxy_type)                           \
    X(pym_simplenamespace_type) X(pym_weakref_type) X(pym_weakproxy_type)         \
    X(pym_weakcallableproxy_type) X(pym_file_type) X(pym_quitter_type) X(pym_union_type) X(pym_genericalias_type)           \
    X(pym_list_iter_type) X(pym_list_reviter_type) X(pym_tuple_iter_type)         \
    X(pym_dict_keyiter_type) X(pym_dict_valueiter_type) X(pym_dict_itemiter_type) \
    X(pym_dict_revkeyiter_type) X(pym_dict_revvalueiter_type)                     \
    X(pym_dict_revitemiter_type) X(pym_set_iter_type) X(pym_longrange_iter_type)

/* Types defined in one file that other areas add later go through
 * pym_type_ready at first use or in their module's init. */

#endif

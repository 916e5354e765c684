// go-yaml-check reads YAML files the way the Go programs obslint lints read them, and prints
// one JSON line per file: whether gopkg.in/yaml.v2 (strict, as Alertmanager reads its config)
// and gopkg.in/yaml.v3 (into a yaml.Node, and into interface{} as the OpenTelemetry Collector
// does) accept every document of it, their errors, and the data of each document.
//
// Usage: go-yaml-check FILE...   ("-" reads standard input)
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	yamlv2 "gopkg.in/yaml.v2"
	yamlv3 "gopkg.in/yaml.v3"
)

type verdict struct {
	OK    bool   `json:"ok"`
	Error string `json:"error,omitempty"`
	// One entry per document, in the JSON form below; absent when refused.
	Data []interface{} `json:"data,omitempty"`
}

type report struct {
	File   string  `json:"file"`
	V2     verdict `json:"v2"`
	V3Node verdict `json:"v3node"`
	V3     verdict `json:"v3"`
}

func main() {
	out := json.NewEncoder(os.Stdout)
	for _, file := range os.Args[1:] {
		var content []byte
		var err error
		if file == "-" {
			content, err = io.ReadAll(os.Stdin)
		} else {
			content, err = os.ReadFile(file)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if err := out.Encode(report{File: file, V2: readV2(content), V3Node: readV3Node(content), V3: readV3(content)}); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
}

// Every document, as yaml.UnmarshalStrict reads the first one.
func readV2(content []byte) (v verdict) {
	defer recoverInto(&v)
	decoder := yamlv2.NewDecoder(bytes.NewReader(content))
	decoder.SetStrict(true)
	for {
		var data interface{}
		err := decoder.Decode(&data)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return verdict{Error: err.Error()}
		}
		v.Data = append(v.Data, toJSON(data))
	}
	v.OK = true
	return v
}

func readV3Node(content []byte) (v verdict) {
	defer recoverInto(&v)
	decoder := yamlv3.NewDecoder(bytes.NewReader(content))
	for {
		var node yamlv3.Node
		err := decoder.Decode(&node)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return verdict{Error: err.Error()}
		}
	}
	return verdict{OK: true}
}

func readV3(content []byte) (v verdict) {
	defer recoverInto(&v)
	decoder := yamlv3.NewDecoder(bytes.NewReader(content))
	for {
		var data interface{}
		err := decoder.Decode(&data)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return verdict{Error: err.Error()}
		}
		v.Data = append(v.Data, toJSON(data))
	}
	v.OK = true
	return v
}

// A panic inside a decoder is a refusal too (the programs would crash on it).
func recoverInto(v *verdict) {
	if r := recover(); r != nil {
		*v = verdict{Error: fmt.Sprintf("panic: %v", r)}
	}
}

// toJSON makes decoded data printable as JSON: map keys become strings (as JavaScript's
// object keys are), and numbers JSON cannot hold are tagged.
func toJSON(value interface{}) interface{} {
	switch v := value.(type) {
	case map[interface{}]interface{}:
		out := make(map[string]interface{}, len(v))
		for key, item := range v {
			out[keyString(key)] = toJSON(item)
		}
		return out
	case map[string]interface{}:
		out := make(map[string]interface{}, len(v))
		for key, item := range v {
			out[key] = toJSON(item)
		}
		return out
	case []interface{}:
		out := make([]interface{}, len(v))
		for i, item := range v {
			out[i] = toJSON(item)
		}
		return out
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return map[string]string{"float": fmt.Sprint(v)}
		}
		return v
	case []byte:
		return string(v)
	default:
		return v
	}
}

// keyString names a key as JavaScript does an object's: `~` becomes "null".
func keyString(key interface{}) string {
	if key == nil {
		return "null"
	}
	return fmt.Sprint(key)
}

